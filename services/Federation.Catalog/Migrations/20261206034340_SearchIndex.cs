using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <summary>
        /// Per record table: an FTS5 trigram table of its search text, for substring search in every language without
        /// word segmentation. Trigrams, not words: Chinese and Korean have no spaces between words, and search has always
        /// matched any substring (智慧 in 智慧路燈). case_sensitive 1: the text and terms are already folded
        /// (CatalogText), so the index matches exactly what instr matched. Contentless (content=''): the record holds the
        /// text; contentless_delete so that a change replaces its row. Two line feeds after the text, which no term holds
        /// (terms are split at white space), make every character begin a trigram, so that 1- and 2-character terms are a
        /// range of the vocabulary (the fts5vocab table, SearchIndex.cs). Records have a composite key and their implicit
        /// rowid may change on VACUUM (as a backup's VACUUM INTO makes): the index's rows are numbered by a table of its
        /// own (SearchRows), which also holds what a search filters and orders by, so that counting thousands of matches
        /// reads small rows by their number, not the records. Triggers keep all three in the statement that writes the
        /// record, so in its transaction; the rows a database already held are indexed here.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE TABLE "{table}SearchRows" ("Row" INTEGER PRIMARY KEY, "City" TEXT NOT NULL, "Id" TEXT NOT NULL,
                        "Withdrawn" INTEGER NOT NULL, "Domain" TEXT NOT NULL, "PublishedAt" INTEGER NOT NULL, UNIQUE ("City", "Id"));
                    CREATE VIRTUAL TABLE "{table}Search" USING fts5("Text", content='', contentless_delete=1, tokenize='trigram case_sensitive 1');
                    CREATE VIRTUAL TABLE "{table}SearchTerms" USING fts5vocab("{table}Search", 'instance');
                    """);
                // Each its own statement: a trigger's body holds semicolons.
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}SearchInsert" AFTER INSERT ON "{table}" BEGIN
                        INSERT INTO "{table}SearchRows" ("City", "Id", "Withdrawn", "Domain", "PublishedAt")
                            VALUES (new."City", new."Id", new."Withdrawn", new."Domain", new."PublishedAt");
                        {Index(table)}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}SearchUpdate" AFTER UPDATE OF "SearchText" ON "{table}" BEGIN
                        {Unindex(table)}
                        {Index(table)}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}SearchRowUpdate" AFTER UPDATE OF "Withdrawn", "Domain", "PublishedAt" ON "{table}" BEGIN
                        UPDATE "{table}SearchRows" SET "Withdrawn" = new."Withdrawn", "Domain" = new."Domain", "PublishedAt" = new."PublishedAt"
                            WHERE "City" = new."City" AND "Id" = new."Id";
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}SearchDelete" AFTER DELETE ON "{table}" BEGIN
                        {Unindex(table)}
                        DELETE FROM "{table}SearchRows" WHERE "City" = old."City" AND "Id" = old."Id";
                    END;
                    """);
                migrationBuilder.Sql($"""
                    INSERT INTO "{table}SearchRows" ("City", "Id", "Withdrawn", "Domain", "PublishedAt")
                        SELECT "City", "Id", "Withdrawn", "Domain", "PublishedAt" FROM "{table}";
                    INSERT INTO "{table}Search" (rowid, "Text")
                        SELECT k."Row", r."SearchText" || char(10, 10) FROM "{table}SearchRows" AS k JOIN "{table}" AS r ON r."City" = k."City" AND r."Id" = k."Id";
                    """);
            }
        }

        private static readonly string[] Tables = ["Solutions", "Challenges"];

        private static string Index(string table) => $"""
            INSERT INTO "{table}Search" (rowid, "Text") SELECT "Row", new."SearchText" || char(10, 10) FROM "{table}SearchRows" WHERE "City" = new."City" AND "Id" = new."Id";
            """;

        private static string Unindex(string table) => $"""
            DELETE FROM "{table}Search" WHERE rowid = (SELECT "Row" FROM "{table}SearchRows" WHERE "City" = old."City" AND "Id" = old."Id");
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
                migrationBuilder.Sql($"""
                    DROP TRIGGER "{table}SearchInsert";
                    DROP TRIGGER "{table}SearchUpdate";
                    DROP TRIGGER "{table}SearchRowUpdate";
                    DROP TRIGGER "{table}SearchDelete";
                    DROP TABLE "{table}SearchTerms";
                    DROP TABLE "{table}Search";
                    DROP TABLE "{table}SearchRows";
                    """);
        }
    }
}
