using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddClarificationBrands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "ConcernedBrandIds",
                table: "Clarifications",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]"); // existing clarifications concern no other brand

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_ConcernedBrandIds",
                table: "Clarifications",
                column: "ConcernedBrandIds")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Clarifications_ConcernedBrandIds",
                table: "Clarifications");

            migrationBuilder.DropColumn(
                name: "ConcernedBrandIds",
                table: "Clarifications");
        }
    }
}
