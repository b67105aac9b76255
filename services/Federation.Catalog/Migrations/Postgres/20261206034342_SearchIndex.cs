using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Catalog.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <summary>
        /// Per record table, two GIN indexes on its search text, kept by PostgreSQL in the statement that writes the
        /// record (so in its transaction) and built over the rows it already holds. pg_trgm's trigrams serve terms of 3
        /// or more letters and digits (LIKE '%term%'). The text's 1- and 2-character grams (catalog_search_grams) serve
        /// the rest: pg_trgm makes no trigram of a shorter term, and under the C locale it counts no Chinese or Korean
        /// character as part of a word. Characters, not bytes: substr counts code points, as SearchIndex.Grams does.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""
                CREATE FUNCTION catalog_search_grams(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT ARRAY(SELECT DISTINCT substr($1, i, n) FROM generate_series(1, length($1)) AS i, (VALUES (1), (2)) AS w(n)
                                 WHERE i + n - 1 <= length($1))
                $$;
                """);
            foreach (var table in Tables)
                migrationBuilder.Sql($"""
                    CREATE INDEX "IX_{table}_SearchText_Trigrams" ON "{table}" USING gin ("SearchText" gin_trgm_ops);
                    CREATE INDEX "IX_{table}_SearchText_Grams" ON "{table}" USING gin (catalog_search_grams("SearchText"));
                    """);
        }

        private static readonly string[] Tables = ["Solutions", "Challenges"];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
                migrationBuilder.Sql($"""
                    DROP INDEX "IX_{table}_SearchText_Trigrams";
                    DROP INDEX "IX_{table}_SearchText_Grams";
                    """);
            migrationBuilder.Sql("DROP FUNCTION catalog_search_grams(text);");
        }
    }
}
