using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Trials.Migrations
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
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    TargetCity = table.Column<string>(type: "TEXT", nullable: true),
                    TraceParent = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedMessages", x => new { x.MessageId, x.MessageType });
                });

            migrationBuilder.CreateTable(
                name: "Trials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Copy = table.Column<string>(type: "TEXT", nullable: false),
                    HomeCity = table.Column<string>(type: "TEXT", nullable: false),
                    HostCity = table.Column<string>(type: "TEXT", nullable: false),
                    Applicant_UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Applicant_Organisation = table.Column<string>(type: "TEXT", nullable: false),
                    Applicant_OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SolutionTitle = table.Column<string>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Goals = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedSite = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedKpis = table.Column<string>(type: "TEXT", nullable: false),
                    DurationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    CostShare = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ScreeningDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedBy_Organisation = table.Column<string>(type: "TEXT", nullable: true),
                    AcceptedBy_OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcceptedBy_UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Agreement_CostShare = table.Column<string>(type: "TEXT", nullable: true),
                    Agreement_EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Agreement_HostAgency = table.Column<string>(type: "TEXT", nullable: true),
                    Agreement_Kpis = table.Column<string>(type: "TEXT", nullable: true),
                    Agreement_Site = table.Column<string>(type: "TEXT", nullable: true),
                    Agreement_StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Declination_At = table.Column<long>(type: "INTEGER", nullable: true),
                    Declination_By = table.Column<string>(type: "TEXT", nullable: true),
                    Declination_Reason = table.Column<string>(type: "TEXT", nullable: true),
                    Endorsement_At = table.Column<long>(type: "INTEGER", nullable: true),
                    Endorsement_By = table.Column<string>(type: "TEXT", nullable: true),
                    Endorsement_Note = table.Column<string>(type: "TEXT", nullable: true),
                    FinalReport_At = table.Column<long>(type: "INTEGER", nullable: true),
                    FinalReport_By = table.Column<string>(type: "TEXT", nullable: true),
                    FinalReport_Summary = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome_Kind = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome_Note = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome_RecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome_RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Rejection_At = table.Column<long>(type: "INTEGER", nullable: true),
                    Rejection_By = table.Column<string>(type: "TEXT", nullable: true),
                    Rejection_Reason = table.Column<string>(type: "TEXT", nullable: true),
                    Verdict_Findings = table.Column<string>(type: "TEXT", nullable: true),
                    Verdict_Result = table.Column<string>(type: "TEXT", nullable: true),
                    Verdict_VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Verdict_VerifiedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Withdrawal_At = table.Column<long>(type: "INTEGER", nullable: true),
                    Withdrawal_By = table.Column<string>(type: "TEXT", nullable: true),
                    Withdrawal_Reason = table.Column<string>(type: "TEXT", nullable: true),
                    Measurements = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VerifiedTrials",
                columns: table => new
                {
                    TrialId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeCity = table.Column<string>(type: "TEXT", nullable: false),
                    HostCity = table.Column<string>(type: "TEXT", nullable: false),
                    SolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateJson = table.Column<string>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeJson = table.Column<string>(type: "TEXT", nullable: true),
                    OutcomeRecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
