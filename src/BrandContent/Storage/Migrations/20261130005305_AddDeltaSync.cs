using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddDeltaSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentChanges",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    TxId = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "pg_current_xact_id()::text::bigint"),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: true),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: true),
                    Market = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentChanges", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "SyncState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SigningKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CompactedBelow = table.Column<long>(type: "bigint", nullable: false),
                    TimeWatermark = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncState", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentChanges_BrandId_TxId",
                table: "ContentChanges",
                columns: new[] { "BrandId", "TxId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentChanges_RecordedAt",
                table: "ContentChanges",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ContentChanges_TxId",
                table: "ContentChanges",
                column: "TxId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentChanges");

            migrationBuilder.DropTable(
                name: "SyncState");
        }
    }
}
