using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Awards.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssignmentGrids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Empty here: AssignmentGridBackfill writes each existing assignment's grid at start, from the assignment as the domain reads it.
            migrationBuilder.CreateTable(
                name: "AssignmentGrids",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldAt = table.Column<string>(type: "text", nullable: false),
                    JudgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grid = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentGrids", x => x.AssignmentId);
                    table.ForeignKey(
                        name: "FK_AssignmentGrids_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentGrids_CycleId_HeldAt",
                table: "AssignmentGrids",
                columns: new[] { "CycleId", "HeldAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssignmentGrids");
        }
    }
}
