CREATE TYPE "public"."ticket_kind" AS ENUM('reserved', 'walk_in');--> statement-breakpoint
CREATE TYPE "public"."ticket_status" AS ENUM('waiting', 'called', 'served', 'absent');--> statement-breakpoint
CREATE TABLE "pow_spent" (
	"signature" varchar(64) PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desk_services" (
	"desk_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	CONSTRAINT "desk_services_desk_id_service_id_pk" PRIMARY KEY("desk_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "desks" (
	"id" serial PRIMARY KEY NOT NULL,
	"location_id" integer NOT NULL,
	"label" varchar(20) NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_tickets" (
	"id" serial PRIMARY KEY NOT NULL,
	"location_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"day" date NOT NULL,
	"number" integer NOT NULL,
	"label" varchar(8) NOT NULL,
	"kind" "ticket_kind" NOT NULL,
	"reservation_id" uuid,
	"appointment_at" timestamp with time zone,
	"status" "ticket_status" DEFAULT 'waiting' NOT NULL,
	"desk_id" integer,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"called_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"recalls" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_counters" (
	"location_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"day" date NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ticket_counters_location_id_service_id_day_pk" PRIMARY KEY("location_id","service_id","day")
);
--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "locale" varchar(2) DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "email" varchar(254);--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "cancel_reason" varchar(20);--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visit_services" ADD COLUMN "service_page" varchar(120);--> statement-breakpoint
ALTER TABLE "visit_services" ADD COLUMN "grace_minutes" smallint DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "visit_services" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "visit_services" ADD COLUMN "sort_order" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "desk_services" ADD CONSTRAINT "desk_services_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_services" ADD CONSTRAINT "desk_services_service_id_visit_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."visit_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_service_id_visit_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."visit_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_counters" ADD CONSTRAINT "ticket_counters_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_counters" ADD CONSTRAINT "ticket_counters_service_id_visit_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."visit_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "desks_location_label_key" ON "desks" USING btree ("location_id","label");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_tickets_number_key" ON "queue_tickets" USING btree ("location_id","service_id","day","number");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_tickets_reservation_key" ON "queue_tickets" USING btree ("reservation_id");--> statement-breakpoint
CREATE INDEX "queue_tickets_day_idx" ON "queue_tickets" USING btree ("location_id","day","status");