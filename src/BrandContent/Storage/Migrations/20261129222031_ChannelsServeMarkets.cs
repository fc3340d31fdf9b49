using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ChannelsServeMarkets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A market's channels now live on the channels (Channel.Markets). Every code a market listed becomes a
            // channel serving those markets, named by its code, without limits, until an administrator sets its rules.
            migrationBuilder.Sql("""
                INSERT INTO "Channels" ("Code", "Names", "Kind", "Markets", "Rules")
                SELECT c.code, hstore('en', c.code), 'Social', array_agg(m."Code" ORDER BY m."Code"),
                       '{"counting":"Graphemes","link":"Allowed","media":"Allowed","mediaKinds":[]}'::jsonb
                FROM "Markets" m, unnest(m."Channels") AS c(code)
                WHERE c.code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(c.code) BETWEEN 2 AND 40
                GROUP BY c.code
                ON CONFLICT ("Code") DO NOTHING;
                """);
            migrationBuilder.DropColumn(
                name: "Channels",
                table: "Markets");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Channels",
                table: "Markets",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());
            migrationBuilder.Sql("""
                UPDATE "Markets" m SET "Channels" = coalesce(
                    (SELECT array_agg(c."Code" ORDER BY c."Code") FROM "Channels" c WHERE m."Code" = ANY (c."Markets")), '{}');
                """);
        }
    }
}
