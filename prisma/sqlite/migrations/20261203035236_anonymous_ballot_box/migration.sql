-- Anonymous polls that are anonymous (docs/anonymity.md): answers of anonymous polls go into one
-- ballot box per poll (totals and sorted comments), who answered into PollTurnout, and nothing
-- links the two.
PRAGMA secure_delete = ON;

-- AlterTable. Prisma writes this as a rebuild of "Poll" (CREATE new_Poll, DROP, RENAME), but the
-- runner applies a migration inside a transaction, where PRAGMA foreign_keys=OFF is a no-op: the
-- DROP would cascade and delete every poll's questions and votes. ADD COLUMN gives the same table.
ALTER TABLE "Poll" ADD COLUMN "minAnswers" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PollTurnout" (
    "pollId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "voter" TEXT NOT NULL,

    PRIMARY KEY ("pollId", "part", "voter"),
    CONSTRAINT "PollTurnout_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PollBallotBox" (
    "pollId" TEXT NOT NULL PRIMARY KEY,
    "counts" TEXT NOT NULL DEFAULT '{}',
    "comments" TEXT NOT NULL DEFAULT '[]',
    "respondents" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "PollBallotBox_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Anonymous polls made before this migration kept each answer under HMAC(secret, pollId:user),
-- which anyone holding the database and the secret could recompute for every member. Their
-- answers move into the ballot box, the keys of polls still open into the turnout (prefixed
-- "legacy:", so those voters are not asked again: see legacyVoter in src/domain/polls.ts), and
-- the keyed rows are deleted (secure_delete zeroes them in the file).
UPDATE "Poll" SET "minAnswers" = 3 WHERE "anonymous" = 1;

INSERT INTO "PollBallotBox" ("pollId", "counts", "comments", "respondents", "version")
SELECT p."id",
    COALESCE((
        SELECT json_group_object(q."id", json_array(
            (SELECT COUNT(*) FROM "PollVote" v WHERE v."questionId" = q."id" AND v."value" = 1),
            (SELECT COUNT(*) FROM "PollVote" v WHERE v."questionId" = q."id" AND v."value" = 2),
            (SELECT COUNT(*) FROM "PollVote" v WHERE v."questionId" = q."id" AND v."value" = 3),
            (SELECT COUNT(*) FROM "PollVote" v WHERE v."questionId" = q."id" AND v."value" = 4),
            (SELECT COUNT(*) FROM "PollVote" v WHERE v."questionId" = q."id" AND v."value" = 5)))
        FROM "PollQuestion" q WHERE q."pollId" = p."id"), '{}'),
    COALESCE((
        SELECT json_group_array(c."comment") FROM (
            SELECT v."comment" FROM "PollVote" v JOIN "PollQuestion" q ON q."id" = v."questionId"
            WHERE q."pollId" = p."id" AND v."comment" IS NOT NULL AND trim(v."comment") <> ''
            ORDER BY v."comment") c), '[]'),
    (SELECT COUNT(DISTINCT v."voterKey") FROM "PollVote" v JOIN "PollQuestion" q ON q."id" = v."questionId"
        WHERE q."pollId" = p."id"),
    0
FROM "Poll" p WHERE p."anonymous" = 1;

INSERT INTO "PollTurnout" ("pollId", "part", "voter")
SELECT q."pollId", q."id", 'legacy:' || v."voterKey"
FROM "PollVote" v JOIN "PollQuestion" q ON q."id" = v."questionId" JOIN "Poll" p ON p."id" = q."pollId"
WHERE p."anonymous" = 1 AND p."status" = 'open' AND v."value" IS NOT NULL
ORDER BY q."pollId", q."id", v."voterKey";

INSERT INTO "PollTurnout" ("pollId", "part", "voter")
SELECT DISTINCT q."pollId", 'comment', 'legacy:' || v."voterKey"
FROM "PollVote" v JOIN "PollQuestion" q ON q."id" = v."questionId" JOIN "Poll" p ON p."id" = q."pollId"
WHERE p."anonymous" = 1 AND p."status" = 'open' AND v."comment" IS NOT NULL AND trim(v."comment") <> ''
ORDER BY q."pollId", v."voterKey";

DELETE FROM "PollVote" WHERE "questionId" IN (
    SELECT q."id" FROM "PollQuestion" q JOIN "Poll" p ON p."id" = q."pollId" WHERE p."anonymous" = 1);
