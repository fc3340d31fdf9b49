using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Titles = table.Column<Dictionary<string, string>>(type: "hstore", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ParentPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.CheckConstraint("CK_Plans_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.ForeignKey(
                        name: "FK_Plans_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Plans_Plans_ParentPlanId",
                        column: x => x.ParentPlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    LeadUnit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CooperatingUnits = table.Column<List<string>>(type: "text[]", nullable: false),
                    Work = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Responsibility = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BudgetAmount = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    BudgetCurrency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    BudgetSource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ExpectedResult = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTasks", x => x.Id);
                    table.CheckConstraint("CK_PlanTasks_Budget", "(\"BudgetAmount\" IS NULL) = (\"BudgetCurrency\" IS NULL)");
                    table.CheckConstraint("CK_PlanTasks_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.ForeignKey(
                        name: "FK_PlanTasks_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingDuties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportingUnit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecipientUnit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueDay = table.Column<int>(type: "integer", nullable: true),
                    DueMonth = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingDuties", x => x.Id);
                    table.CheckConstraint("CK_ReportingDuties_Due", "(\"DueDay\" IS NULL AND \"DueMonth\" IS NULL) OR (\"DueDay\" BETWEEN 1 AND 31 AND \"DueMonth\" BETWEEN 1 AND 12)");
                    table.ForeignKey(
                        name: "FK_ReportingDuties_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTaskEvidence",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTaskEvidence", x => new { x.TaskId, x.Kind, x.ContentId });
                    table.ForeignKey(
                        name: "FK_PlanTaskEvidence_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTaskProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTaskProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTaskProgress_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DutyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DocumentUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_ReportingDuties_DutyId",
                        column: x => x.DutyId,
                        principalTable: "ReportingDuties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_BrandId_StartsOn",
                table: "Plans",
                columns: new[] { "BrandId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ParentPlanId",
                table: "Plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTaskEvidence_ContentId",
                table: "PlanTaskEvidence",
                column: "ContentId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTaskProgress_TaskId_On",
                table: "PlanTaskProgress",
                columns: new[] { "TaskId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_BrandId_EndsOn",
                table: "PlanTasks",
                columns: new[] { "BrandId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_PlanId_Position",
                table: "PlanTasks",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingDuties_PlanId",
                table: "ReportingDuties",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_DutyId_Year",
                table: "ReportSubmissions",
                columns: new[] { "DutyId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanTaskEvidence");

            migrationBuilder.DropTable(
                name: "PlanTaskProgress");

            migrationBuilder.DropTable(
                name: "ReportSubmissions");

            migrationBuilder.DropTable(
                name: "PlanTasks");

            migrationBuilder.DropTable(
                name: "ReportingDuties");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
