using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Catalog.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NewestFirstIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Solutions_PublishedAt",
                table: "Solutions",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_PublishedAt",
                table: "Challenges",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Solutions_PublishedAt",
                table: "Solutions");

            migrationBuilder.DropIndex(
                name: "IX_Challenges_PublishedAt",
                table: "Challenges");
        }
    }
}
