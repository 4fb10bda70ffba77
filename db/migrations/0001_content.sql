CREATE TABLE "announcements" (
	"id" serial PRIMARY KEY NOT NULL,
	"texts" jsonb NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_pages" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(120) NOT NULL,
	"locale" "locale" NOT NULL,
	"title" varchar(300) NOT NULL,
	"description" varchar(500) NOT NULL,
	"body" text NOT NULL,
	"plain_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case locale when 'ru' then 'russian'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end), coalesce(title, '')), 'A') || setweight(to_tsvector((case locale when 'ru' then 'russian'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end), coalesce(description, '')), 'B') || setweight(to_tsvector((case locale when 'ru' then 'russian'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end), coalesce(plain_text, '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "content_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"page_id" integer NOT NULL,
	"version" integer NOT NULL,
	"title" varchar(300) NOT NULL,
	"description" varchar(500) NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_pages" ADD CONSTRAINT "content_pages_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_versions" ADD CONSTRAINT "content_versions_page_id_content_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."content_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_versions" ADD CONSTRAINT "content_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_valid_idx" ON "announcements" USING btree ("valid_from","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "content_pages_slug_locale_key" ON "content_pages" USING btree ("slug","locale");--> statement-breakpoint
CREATE INDEX "content_pages_search_idx" ON "content_pages" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "content_versions_page_version_key" ON "content_versions" USING btree ("page_id","version");