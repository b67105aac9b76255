using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Awards.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScoreGrid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Empty here: ScoreGridBackfill writes each existing assignment's grid at start, from its JSON as the domain reads it.
            migrationBuilder.AddColumn<byte[]>(
                name: "ScoreGrid",
                table: "Assignments",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScoreGrid",
                table: "Assignments");
        }
    }
}
