DROP INDEX "followup_items_kind_idx";--> statement-breakpoint
DROP INDEX "followup_items_due_idx";--> statement-breakpoint
DROP INDEX "followup_items_item_date_idx";--> statement-breakpoint
DROP INDEX "followup_items_updated_idx";--> statement-breakpoint
CREATE INDEX "followup_items_kind_status_idx" ON "followup_items" USING btree ("kind","status");--> statement-breakpoint
CREATE INDEX "followup_items_due_order_idx" ON "followup_items" USING btree ("due_date","item_date" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "followup_items_date_order_idx" ON "followup_items" USING btree ("item_date" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "followup_items_updated_order_idx" ON "followup_items" USING btree ("updated_at" DESC NULLS FIRST,"id");