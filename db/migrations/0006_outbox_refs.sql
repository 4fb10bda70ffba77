ALTER TYPE "public"."notification_kind" ADD VALUE 'reservation_confirmed';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'reservation_moved';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'reservation_cancelled';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'enquiry_confirm_email';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'enquiry_received';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'enquiry_reply';--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "ref" varchar(64);