CREATE TYPE "public"."reservation_status" AS ENUM('active', 'cancelled', 'checked_in', 'served', 'no_show');--> statement-breakpoint
CREATE TABLE "closed_days" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"location_id" integer,
	"reason" varchar(200) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(12) NOT NULL,
	"slot_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"owner_id" uuid,
	"given_name" varchar(100) NOT NULL,
	"family_name" varchar(100) NOT NULL,
	"birth_date" date NOT NULL,
	"passport_number" varchar(20) NOT NULL,
	"minors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "reservation_status" DEFAULT 'active' NOT NULL,
	"staff_booking" boolean DEFAULT false NOT NULL,
	"staff_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "visit_schedules" (
	"id" serial PRIMARY KEY NOT NULL,
	"location_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"weekdays" smallint[] NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	"slot_minutes" smallint NOT NULL,
	"capacity" smallint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"release_days_before" smallint DEFAULT 14 NOT NULL,
	"release_at" time DEFAULT '08:00' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_service_locations" (
	"service_id" integer NOT NULL,
	"location_id" integer NOT NULL,
	CONSTRAINT "visit_service_locations_service_id_location_id_pk" PRIMARY KEY("service_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "visit_services" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(60) NOT NULL,
	"names" jsonb NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"ticket_letter" varchar(1) NOT NULL,
	"walk_ins" boolean DEFAULT false NOT NULL,
	CONSTRAINT "visit_services_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "visit_slots" (
	"id" serial PRIMARY KEY NOT NULL,
	"location_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" smallint NOT NULL,
	"booked" smallint DEFAULT 0 NOT NULL,
	"released_at" timestamp with time zone NOT NULL,
	CONSTRAINT "visit_slots_capacity" CHECK ("visit_slots"."booked" >= 0 and "visit_slots"."booked" <= "visit_slots"."capacity")
);
--> statement-breakpoint
ALTER TABLE "closed_days" ADD CONSTRAINT "closed_days_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_slot_id_visit_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."visit_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_service_id_visit_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."visit_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_schedules" ADD CONSTRAINT "visit_schedules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_schedules" ADD CONSTRAINT "visit_schedules_service_id_visit_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."visit_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_service_locations" ADD CONSTRAINT "visit_service_locations_service_id_visit_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."visit_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_service_locations" ADD CONSTRAINT "visit_service_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_slots" ADD CONSTRAINT "visit_slots_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_slots" ADD CONSTRAINT "visit_slots_service_id_visit_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."visit_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "closed_days_date_location_key" ON "closed_days" USING btree ("date","location_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reservations_code_key" ON "reservations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "reservations_active_passport_key" ON "reservations" USING btree ("passport_number","service_id") WHERE "reservations"."status" = 'active';--> statement-breakpoint
CREATE INDEX "reservations_owner_idx" ON "reservations" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "reservations_slot_idx" ON "reservations" USING btree ("slot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_slots_key" ON "visit_slots" USING btree ("location_id","service_id","starts_at");--> statement-breakpoint
CREATE INDEX "visit_slots_day_idx" ON "visit_slots" USING btree ("service_id","location_id","starts_at");