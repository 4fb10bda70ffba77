ALTER TYPE "public"."notification_kind" ADD VALUE 'account_verify_email';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'account_reset_password';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'account_staff_invite';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'account_register_attempt';--> statement-breakpoint
CREATE TABLE "kiosk_devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" integer NOT NULL,
	"name" varchar(100) NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "user_identities" ADD COLUMN "linked_unverified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "lease_id" uuid;--> statement-breakpoint
ALTER TABLE "kiosk_devices" ADD CONSTRAINT "kiosk_devices_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_devices" ADD CONSTRAINT "kiosk_devices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kiosk_devices_token_key" ON "kiosk_devices" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "kiosk_devices_location_idx" ON "kiosk_devices" USING btree ("location_id");--> statement-breakpoint
-- Identities made by first sign-ins whose provider did not verify the e-mail, before Pobyt confirmed it: not trusted.
UPDATE "user_identities" SET "linked_unverified" = true FROM "users" WHERE "users"."id" = "user_identities"."user_id" AND "users"."email_verified_at" IS NULL;
