using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddIncidentMentionLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_IncidentMentions_Mentions_MentionId",
                table: "IncidentMentions",
                column: "MentionId",
                principalTable: "Mentions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IncidentMentions_Mentions_MentionId",
                table: "IncidentMentions");
        }
    }
}
