-- Custom SQL migration file, put your code below! --
-- A booked interview slot may not overlap another booked slot of the same organizer (the
-- employer member who holds the interview). Bookings of one organizer are serialised by locking
-- the organizer's users row, so two concurrent transactions cannot both pass the check.
CREATE OR REPLACE FUNCTION interview_slots_no_overlap() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.booked THEN
    PERFORM 1 FROM users WHERE id = NEW.organizer_user_id FOR UPDATE;
    IF EXISTS (
      SELECT 1 FROM interview_slots s
      WHERE s.organizer_user_id = NEW.organizer_user_id
        AND s.booked
        AND s.id <> NEW.id
        AND tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')
    ) THEN
      RAISE EXCEPTION 'interview slot overlaps another booked slot of the same organizer'
        USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'interview_slots_no_overlap';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER interview_slots_no_overlap
  BEFORE INSERT OR UPDATE OF booked, starts_at, ends_at, organizer_user_id ON interview_slots
  FOR EACH ROW EXECUTE FUNCTION interview_slots_no_overlap();
