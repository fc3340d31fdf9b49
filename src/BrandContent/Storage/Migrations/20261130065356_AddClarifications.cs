using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddClarifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Clarifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Markets = table.Column<List<string>>(type: "text[]", nullable: false),
                    SourceUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SpreadOn = table.Column<List<string>>(type: "text[]", nullable: false),
                    RelatedStoryIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    FirstPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TranslationsDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TranslationLocales = table.Column<List<string>>(type: "text[]", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clarifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clarifications_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClarificationVariants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClarificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Claim = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Facts = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Locale = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    IsLive = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SourceRevision = table.Column<int>(type: "integer", nullable: true),
                    PublishAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UnpublishAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClarificationVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClarificationVariants_Clarifications_ClarificationId",
                        column: x => x.ClarificationId,
                        principalTable: "Clarifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClarificationVariants_Locales_Locale",
                        column: x => x.Locale,
                        principalTable: "Locales",
                        principalColumn: "Tag",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClarificationId = table.Column<Guid>(type: "uuid", nullable: true),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                    table.CheckConstraint("CK_Incidents_Answer", "\"AnsweredAt\" IS NULL OR \"AnsweredAt\" >= \"DetectedAt\"");
                    table.ForeignKey(
                        name: "FK_Incidents_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Incidents_Clarifications_ClarificationId",
                        column: x => x.ClarificationId,
                        principalTable: "Clarifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "IncidentMentions",
                columns: table => new
                {
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentMentions", x => new { x.IncidentId, x.MentionId });
                    table.ForeignKey(
                        name: "FK_IncidentMentions_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_BrandId_Id",
                table: "Clarifications",
                columns: new[] { "BrandId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_Markets",
                table: "Clarifications",
                column: "Markets")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationVariants_ClarificationId_Locale_IsLive",
                table: "ClarificationVariants",
                columns: new[] { "ClarificationId", "Locale", "IsLive" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationVariants_IsLive_Locale",
                table: "ClarificationVariants",
                columns: new[] { "IsLive", "Locale" });

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationVariants_Locale",
                table: "ClarificationVariants",
                column: "Locale");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentMentions_MentionId",
                table: "IncidentMentions",
                column: "MentionId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_BrandId_DetectedAt",
                table: "Incidents",
                columns: new[] { "BrandId", "DetectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ClarificationId",
                table: "Incidents",
                column: "ClarificationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClarificationVariants");

            migrationBuilder.DropTable(
                name: "IncidentMentions");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "Clarifications");
        }
    }
}
