using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddKeywordSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KeywordSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    PillarId = table.Column<Guid>(type: "uuid", nullable: true),
                    Markets = table.Column<List<string>>(type: "text[]", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeywordSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeywordSets_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KeywordSets_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "KeywordSetVariants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KeywordSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    Hashtags = table.Column<List<string>>(type: "text[]", nullable: false),
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
                    table.PrimaryKey("PK_KeywordSetVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeywordSetVariants_KeywordSets_KeywordSetId",
                        column: x => x.KeywordSetId,
                        principalTable: "KeywordSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KeywordSetVariants_Locales_Locale",
                        column: x => x.Locale,
                        principalTable: "Locales",
                        principalColumn: "Tag",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeywordSets_BrandId_Id",
                table: "KeywordSets",
                columns: new[] { "BrandId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_KeywordSets_PillarId",
                table: "KeywordSets",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_KeywordSetVariants_IsLive_Locale",
                table: "KeywordSetVariants",
                columns: new[] { "IsLive", "Locale" });

            migrationBuilder.CreateIndex(
                name: "IX_KeywordSetVariants_KeywordSetId_Locale_IsLive",
                table: "KeywordSetVariants",
                columns: new[] { "KeywordSetId", "Locale", "IsLive" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KeywordSetVariants_Locale",
                table: "KeywordSetVariants",
                column: "Locale");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeywordSetVariants");

            migrationBuilder.DropTable(
                name: "KeywordSets");
        }
    }
}
