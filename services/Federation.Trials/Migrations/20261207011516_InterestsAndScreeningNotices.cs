using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Trials.Migrations
{
    /// <inheritdoc />
    public partial class InterestsAndScreeningNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Trials of an earlier release have sent no deadline notice: "None", the enum's word, not an empty string.
            migrationBuilder.AddColumn<string>(
                name: "ScreeningNotice",
                table: "Trials",
                type: "TEXT",
                nullable: false,
                defaultValue: "None");

            migrationBuilder.CreateTable(
                name: "Interests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", nullable: false),
                    SolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SolutionCity = table.Column<string>(type: "TEXT", nullable: false),
                    SolutionTitle = table.Column<string>(type: "TEXT", nullable: false),
                    SolutionProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeCity = table.Column<string>(type: "TEXT", nullable: false),
                    ChallengeTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: true),
                    ExpressedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ExpressedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerNote = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TrialId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Trials_Status_ScreeningDeadline",
                table: "Trials",
                columns: new[] { "Status", "ScreeningDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Interests_ChallengeCity_Status",
                table: "Interests",
                columns: new[] { "ChallengeCity", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Interests_ExpressedAt",
                table: "Interests",
                column: "ExpressedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Interests_ProviderOrganisationId_Status",
                table: "Interests",
                columns: new[] { "ProviderOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Interests_SolutionId_ChallengeId",
                table: "Interests",
                columns: new[] { "SolutionId", "ChallengeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Interests");

            migrationBuilder.DropIndex(
                name: "IX_Trials_Status_ScreeningDeadline",
                table: "Trials");

            migrationBuilder.DropColumn(
                name: "ScreeningNotice",
                table: "Trials");
        }
    }
}
