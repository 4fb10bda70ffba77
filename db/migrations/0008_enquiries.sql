CREATE TYPE "public"."enquiry_entry_kind" AS ENUM('sender', 'reply', 'note');--> statement-breakpoint
CREATE TYPE "public"."enquiry_kind" AS ENUM('enquiry', 'complaint', 'motion');--> statement-breakpoint
CREATE TYPE "public"."enquiry_status" AS ENUM('unconfirmed', 'new', 'assigned', 'answered', 'closed', 'reopened');--> statement-breakpoint
CREATE TABLE "enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(20),
	"kind" "enquiry_kind" NOT NULL,
	"topic" varchar(40) NOT NULL,
	"case_ref" varchar(30),
	"ref_verified" boolean DEFAULT false NOT NULL,
	"locale" "locale" NOT NULL,
	"email" varchar(254) NOT NULL,
	"user_id" uuid,
	"status" "enquiry_status" DEFAULT 'unconfirmed' NOT NULL,
	"assigned_to" uuid,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone,
	"deadline" date,
	"first_answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enquiry_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"enquiry_id" uuid NOT NULL,
	"kind" "enquiry_entry_kind" NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enquiry_entries_body_length" CHECK (char_length("enquiry_entries"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "enquiry_number_counters" (
	"year" smallint PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enquiry_tokens" (
	"token_hash" varchar(64) PRIMARY KEY NOT NULL,
	"enquiry_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry_entries" ADD CONSTRAINT "enquiry_entries_enquiry_id_enquiries_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry_entries" ADD CONSTRAINT "enquiry_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiry_tokens" ADD CONSTRAINT "enquiry_tokens_enquiry_id_enquiries_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enquiries_number_key" ON "enquiries" USING btree ("number");--> statement-breakpoint
CREATE INDEX "enquiries_inbox_idx" ON "enquiries" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "enquiries_user_idx" ON "enquiries" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "enquiries_assigned_idx" ON "enquiries" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "enquiry_entries_enquiry_idx" ON "enquiry_entries" USING btree ("enquiry_id","id");--> statement-breakpoint
CREATE INDEX "enquiry_tokens_enquiry_idx" ON "enquiry_tokens" USING btree ("enquiry_id");