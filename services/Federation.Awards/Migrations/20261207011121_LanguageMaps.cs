using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Awards.Migrations
{
    /// <inheritdoc />
    public partial class LanguageMaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A cycle of an earlier release has no translations: "{}", an empty map, not "" (which is no JSON).
            migrationBuilder.AddColumn<string>(
                name: "AnnouncementTranslations",
                table: "Cycles",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "LabelNames",
                table: "Cycles",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "NameTranslations",
                table: "Cycles",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnnouncementTranslations",
                table: "Cycles");

            migrationBuilder.DropColumn(
                name: "LabelNames",
                table: "Cycles");

            migrationBuilder.DropColumn(
                name: "NameTranslations",
                table: "Cycles");
        }
    }
}
