using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Trials.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateTable(
                name: "Trials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Copy = table.Column<string>(type: "text", nullable: false),
                    HomeCity = table.Column<string>(type: "text", nullable: false),
                    HostCity = table.Column<string>(type: "text", nullable: false),
                    Applicant_UserId = table.Column<string>(type: "text", nullable: false),
                    Applicant_Organisation = table.Column<string>(type: "text", nullable: false),
                    Applicant_OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    SolutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SolutionTitle = table.Column<string>(type: "text", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Goals = table.Column<string>(type: "text", nullable: false),
                    RequestedSite = table.Column<string>(type: "text", nullable: false),
                    ProposedKpis = table.Column<string>(type: "text", nullable: false),
                    DurationMonths = table.Column<int>(type: "integer", nullable: false),
                    CostShare = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: true),
                    ScreeningDeadline = table.Column<long>(type: "bigint", nullable: true),
                    AcceptedAt = table.Column<long>(type: "bigint", nullable: true),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    AcceptedBy_Organisation = table.Column<string>(type: "text", nullable: true),
                    AcceptedBy_OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcceptedBy_UserId = table.Column<string>(type: "text", nullable: true),
                    Agreement_CostShare = table.Column<string>(type: "text", nullable: true),
                    Agreement_EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Agreement_HostAgency = table.Column<string>(type: "text", nullable: true),
                    Agreement_Kpis = table.Column<string>(type: "text", nullable: true),
                    Agreement_Site = table.Column<string>(type: "text", nullable: true),
                    Agreement_StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Declination_At = table.Column<long>(type: "bigint", nullable: true),
                    Declination_By = table.Column<string>(type: "text", nullable: true),
                    Declination_Reason = table.Column<string>(type: "text", nullable: true),
                    Endorsement_At = table.Column<long>(type: "bigint", nullable: true),
                    Endorsement_By = table.Column<string>(type: "text", nullable: true),
                    Endorsement_Note = table.Column<string>(type: "text", nullable: true),
                    FinalReport_At = table.Column<long>(type: "bigint", nullable: true),
                    FinalReport_By = table.Column<string>(type: "text", nullable: true),
                    FinalReport_Summary = table.Column<string>(type: "text", nullable: true),
                    Outcome_Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome_Kind = table.Column<string>(type: "text", nullable: true),
                    Outcome_Note = table.Column<string>(type: "text", nullable: true),
                    Outcome_RecordedAt = table.Column<long>(type: "bigint", nullable: true),
                    Outcome_RecordedBy = table.Column<string>(type: "text", nullable: true),
                    Rejection_At = table.Column<long>(type: "bigint", nullable: true),
                    Rejection_By = table.Column<string>(type: "text", nullable: true),
                    Rejection_Reason = table.Column<string>(type: "text", nullable: true),
                    Verdict_Findings = table.Column<string>(type: "text", nullable: true),
                    Verdict_Result = table.Column<string>(type: "text", nullable: true),
                    Verdict_VerifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    Verdict_VerifiedBy = table.Column<string>(type: "text", nullable: true),
                    Withdrawal_At = table.Column<long>(type: "bigint", nullable: true),
                    Withdrawal_By = table.Column<string>(type: "text", nullable: true),
                    Withdrawal_Reason = table.Column<string>(type: "text", nullable: true),
                    Measurements = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VerifiedTrials",
                columns: table => new
                {
                    TrialId = table.Column<Guid>(type: "uuid", nullable: false),
                    HomeCity = table.Column<string>(type: "text", nullable: false),
                    HostCity = table.Column<string>(type: "text", nullable: false),
                    SolutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateJson = table.Column<string>(type: "text", nullable: true),
                    VerifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    OutcomeJson = table.Column<string>(type: "text", nullable: true),
                    OutcomeRecordedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerifiedTrials", x => x.TrialId);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_Trials_Applicant_OrganisationId",
                table: "Trials",
                column: "Applicant_OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Trials_HomeCity_Status",
                table: "Trials",
                columns: new[] { "HomeCity", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Trials_HostCity_Status",
                table: "Trials",
                columns: new[] { "HostCity", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Trials_Status",
                table: "Trials",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_VerifiedTrials_HostCity_VerifiedAt",
                table: "VerifiedTrials",
                columns: new[] { "HostCity", "VerifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerifiedTrials_SolutionId",
                table: "VerifiedTrials",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_VerifiedTrials_VerifiedAt",
                table: "VerifiedTrials",
                column: "VerifiedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ProcessedMessages");

            migrationBuilder.DropTable(
                name: "Trials");

            migrationBuilder.DropTable(
                name: "VerifiedTrials");
        }
    }
}
