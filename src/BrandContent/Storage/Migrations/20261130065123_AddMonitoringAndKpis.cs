using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddMonitoringAndKpis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KpiDefinitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: true),
                    Measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Market = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PillarId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TargetKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Names = table.Column<Dictionary<string, string>>(type: "hstore", nullable: false),
                    Definitions = table.Column<Dictionary<string, string>>(type: "hstore", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiDefinitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiDefinitions_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KpiDefinitions_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    MarketCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    Reach = table.Column<long>(type: "bigint", nullable: true),
                    Sentiment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FalseInformation = table.Column<bool>(type: "boolean", nullable: false),
                    PillarIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Headline = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentions_Markets_MarketCode",
                        column: x => x.MarketCode,
                        principalTable: "Markets",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpiDefinitions_BrandId_Code_FromYear",
                table: "KpiDefinitions",
                columns: new[] { "BrandId", "Code", "FromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiDefinitions_PillarId",
                table: "KpiDefinitions",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_BrandIds",
                table: "Mentions",
                column: "BrandIds")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_MarketCode",
                table: "Mentions",
                column: "MarketCode");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_PublishedAt",
                table: "Mentions",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_Url",
                table: "Mentions",
                column: "Url",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpiDefinitions");

            migrationBuilder.DropTable(
                name: "Mentions");
        }
    }
}
