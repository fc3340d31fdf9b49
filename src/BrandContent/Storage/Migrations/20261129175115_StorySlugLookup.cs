using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StorySlugLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StoryVariants_BrandId_Locale_Slug_IsLive",
                table: "StoryVariants");

            migrationBuilder.CreateIndex(
                name: "IX_StoryVariants_BrandId_Slug_Locale_IsLive",
                table: "StoryVariants",
                columns: new[] { "BrandId", "Slug", "Locale", "IsLive" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StoryVariants_BrandId_Slug_Locale_IsLive",
                table: "StoryVariants");

            migrationBuilder.CreateIndex(
                name: "IX_StoryVariants_BrandId_Locale_Slug_IsLive",
                table: "StoryVariants",
                columns: new[] { "BrandId", "Locale", "Slug", "IsLive" },
                unique: true);
        }
    }
}
