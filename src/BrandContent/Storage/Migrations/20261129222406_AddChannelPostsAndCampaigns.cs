using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddChannelPostsAndCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    Names = table.Column<Dictionary<string, string>>(type: "hstore", nullable: false),
                    Goal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Markets = table.Column<List<string>>(type: "text[]", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StoryIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    EventIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.CheckConstraint("CK_Campaigns_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.ForeignKey(
                        name: "FK_Campaigns_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChannelPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    StoryId = table.Column<Guid>(type: "uuid", nullable: true),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    PillarIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Channels = table.Column<List<string>>(type: "text[]", nullable: false),
                    Markets = table.Column<List<string>>(type: "text[]", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelPosts_Brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "Brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelPosts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ChannelPosts_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ChannelPosts_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ChannelPostVariants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(63206)", maxLength: 63206, nullable: true),
                    Hashtags = table.Column<List<string>>(type: "text[]", nullable: false),
                    Link = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Media = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    AltTexts = table.Column<List<string>>(type: "text[]", nullable: false),
                    Script = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Slogan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
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
                    table.PrimaryKey("PK_ChannelPostVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelPostVariants_ChannelPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "ChannelPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelPostVariants_Locales_Locale",
                        column: x => x.Locale,
                        principalTable: "Locales",
                        principalColumn: "Tag",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_BrandId_StartsOn",
                table: "Campaigns",
                columns: new[] { "BrandId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Markets",
                table: "Campaigns",
                column: "Markets")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPosts_BrandId_Id",
                table: "ChannelPosts",
                columns: new[] { "BrandId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPosts_CampaignId",
                table: "ChannelPosts",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPosts_Channels",
                table: "ChannelPosts",
                column: "Channels")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPosts_EventId",
                table: "ChannelPosts",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPosts_Markets",
                table: "ChannelPosts",
                column: "Markets")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPosts_StoryId",
                table: "ChannelPosts",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPostVariants_IsLive_Locale",
                table: "ChannelPostVariants",
                columns: new[] { "IsLive", "Locale" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPostVariants_Locale",
                table: "ChannelPostVariants",
                column: "Locale");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPostVariants_PostId_Locale_IsLive",
                table: "ChannelPostVariants",
                columns: new[] { "PostId", "Locale", "IsLive" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelPostVariants");

            migrationBuilder.DropTable(
                name: "ChannelPosts");

            migrationBuilder.DropTable(
                name: "Campaigns");
        }
    }
}
