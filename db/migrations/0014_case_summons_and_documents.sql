ALTER TYPE "public"."notification_kind" ADD VALUE 'application_submitted';--> statement-breakpoint
ALTER TABLE "case_missing_documents" ADD COLUMN "kind" varchar(40);--> statement-breakpoint
ALTER TABLE "case_stage_events" ADD COLUMN "due_date" date;