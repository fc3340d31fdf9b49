using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SharedRateLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RateLimitBuckets",
                columns: table => new
                {
                    Bucket = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tokens = table.Column<double>(type: "double precision", nullable: false),
                    LastGranted = table.Column<int>(type: "integer", nullable: false),
                    RefilledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FullAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateLimitBuckets", x => x.Bucket);
                })
                .Annotation("Npgsql:UnloggedTable", true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RateLimitBuckets");
        }
    }
}
