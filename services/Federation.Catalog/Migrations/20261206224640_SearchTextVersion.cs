using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class SearchTextVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SearchTextVersion",
                table: "Solutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SearchTextVersion",
                table: "Challenges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchTextVersion",
                table: "Solutions");

            migrationBuilder.DropColumn(
                name: "SearchTextVersion",
                table: "Challenges");
        }
    }
}
