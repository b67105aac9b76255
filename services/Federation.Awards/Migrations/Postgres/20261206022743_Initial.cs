using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Awards.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecretariatCity = table.Column<string>(type: "text", nullable: false),
                    HeldAt = table.Column<string>(type: "text", nullable: false),
                    JudgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    JudgeCity = table.Column<string>(type: "text", nullable: false),
                    JudgeUserId = table.Column<string>(type: "text", nullable: false),
                    JudgeName = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CycleName = table.Column<string>(type: "text", nullable: false),
                    Entries = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    AssignedAt = table.Column<long>(type: "bigint", nullable: false),
                    Sheets = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false),
                    Judging_Closes = table.Column<long>(type: "bigint", nullable: false),
                    Judging_Opens = table.Column<long>(type: "bigint", nullable: false),
                    Conflicts = table.Column<string>(type: "jsonb", nullable: false),
                    Criteria = table.Column<string>(type: "jsonb", nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SecretariatCity = table.Column<string>(type: "text", nullable: false),
                    HeldAt = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Labels = table.Column<List<string>>(type: "text[]", nullable: false),
                    FinalistCount = table.Column<int>(type: "integer", nullable: false),
                    WinnerCount = table.Column<int>(type: "integer", nullable: false),
                    NormaliseScores = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresVerifiedTrial = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Finalists = table.Column<string>(type: "text", nullable: false),
                    Winners = table.Column<string>(type: "text", nullable: false),
                    ShortlistedAt = table.Column<long>(type: "bigint", nullable: true),
                    WinnersChosenAt = table.Column<long>(type: "bigint", nullable: true),
                    Announcement = table.Column<string>(type: "text", nullable: true),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false),
                    Judging_Closes = table.Column<long>(type: "bigint", nullable: false),
                    Judging_Opens = table.Column<long>(type: "bigint", nullable: false),
                    Nomination_Closes = table.Column<long>(type: "bigint", nullable: false),
                    Nomination_Opens = table.Column<long>(type: "bigint", nullable: false),
                    OpenedBy_Organisation = table.Column<string>(type: "text", nullable: true),
                    OpenedBy_OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpenedBy_UserId = table.Column<string>(type: "text", nullable: true),
                    TieBreak_CriterionKey = table.Column<string>(type: "text", nullable: true),
                    TieBreak_Rule = table.Column<string>(type: "text", nullable: false),
                    Criteria = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    City = table.Column<string>(type: "text", nullable: false),
                    SecretariatCity = table.Column<string>(type: "text", nullable: false),
                    HeldAt = table.Column<string>(type: "text", nullable: false),
                    SolutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SolutionTitle = table.Column<string>(type: "text", nullable: false),
                    SolutionSummary = table.Column<string>(type: "text", nullable: false),
                    EvidenceTrialIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Statement = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    ApplicantOrganisation = table.Column<string>(type: "text", nullable: true),
                    ApplicantOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    NominatingAgency = table.Column<string>(type: "text", nullable: true),
                    EndorsementNote = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    NominatedAt = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false),
                    Declination_At = table.Column<long>(type: "bigint", nullable: true),
                    Declination_By = table.Column<string>(type: "text", nullable: true),
                    Declination_Reason = table.Column<string>(type: "text", nullable: true),
                    Withdrawal_At = table.Column<long>(type: "bigint", nullable: true),
                    Withdrawal_Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Judges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    City = table.Column<string>(type: "text", nullable: false),
                    SecretariatCity = table.Column<string>(type: "text", nullable: false),
                    HeldAt = table.Column<string>(type: "text", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    Organisation = table.Column<string>(type: "text", nullable: false),
                    Expertise = table.Column<List<string>>(type: "text[]", nullable: false),
                    EnrolledBy = table.Column<string>(type: "text", nullable: false),
                    EnrolledAt = table.Column<long>(type: "bigint", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Judges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "text", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    TargetCity = table.Column<string>(type: "text", nullable: true),
                    TraceParent = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "text", nullable: false),
                    ProcessedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedMessages", x => new { x.MessageId, x.MessageType });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_CycleId_JudgeId",
                table: "Assignments",
                columns: new[] { "CycleId", "JudgeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_JudgeCity",
                table: "Assignments",
                column: "JudgeCity");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_City",
                table: "Entries",
                column: "City");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_CycleId_SolutionId_City",
                table: "Entries",
                columns: new[] { "CycleId", "SolutionId", "City" },
                unique: true,
                filter: "\"Status\" IN ('Applied', 'Nominated')");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_CycleId_Status",
                table: "Entries",
                columns: new[] { "CycleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Judges_City_UserId",
                table: "Judges",
                columns: new[] { "City", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt",
                table: "OutboxMessages",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedMessages_ProcessedAt",
                table: "ProcessedMessages",
                column: "ProcessedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "Cycles");

            migrationBuilder.DropTable(
                name: "Entries");

            migrationBuilder.DropTable(
                name: "Judges");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ProcessedMessages");
        }
    }
}
