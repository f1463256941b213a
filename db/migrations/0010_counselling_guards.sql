-- Custom SQL migration file, put your code below! --
-- Open counselling slots of one counsellor may not overlap. Inserts and changes of one counsellor's
-- slots are serialised by locking the counsellor's users row, so two concurrent transactions cannot
-- both pass the check. (An exclusion constraint would need btree_gist for the uuid column, which
-- PGlite does not ship.)
CREATE OR REPLACE FUNCTION counselling_slots_no_overlap() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'open' THEN
    PERFORM 1 FROM users WHERE id = NEW.counsellor_user_id FOR UPDATE;
    IF EXISTS (
      SELECT 1 FROM counselling_slots s
      WHERE s.counsellor_user_id = NEW.counsellor_user_id
        AND s.status = 'open'
        AND s.id <> NEW.id
        AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')
    ) THEN
      RAISE EXCEPTION 'counselling slot overlaps another open slot of the same counsellor'
        USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'counselling_slots_no_overlap';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER counselling_slots_no_overlap
  BEFORE INSERT OR UPDATE OF status, starts_at, ends_at, counsellor_user_id ON counselling_slots
  FOR EACH ROW EXECUTE FUNCTION counselling_slots_no_overlap();--> statement-breakpoint
INSERT INTO counselling_topics (code, name_zh, name_en, sort) VALUES
  ('resume', '简历指导', 'CV and cover letter review', 10),
  ('interview', '面试辅导', 'Interview coaching', 20),
  ('career', '职业规划', 'Career planning', 30),
  ('further_study', '升学/考公咨询', 'Further study and civil-service exams', 40),
  ('wellbeing', '心理与压力', 'Stress and wellbeing', 50),
  ('agreement', '签约与就业手续', 'Agreements and employment paperwork', 60)
ON CONFLICT (code) DO NOTHING;
