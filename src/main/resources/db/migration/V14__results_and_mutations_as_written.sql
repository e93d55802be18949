-- Batch results and mutations keep the Person/Household JSON as the gateway wrote it (json, not jsonb, which
-- re-sorts an object's keys): a result line and a feed item then list their fields in the order of the
-- single-person endpoint's answer, so that they compare line by line. Nothing queries inside these documents.
ALTER TABLE batch_item ALTER COLUMN result TYPE JSON USING result::json;
ALTER TABLE mutation ALTER COLUMN data TYPE JSON USING data::json;
