using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddPartnerActivityWebhookAgreement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgreementId",
                table: "WebhookSubscriptions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_AgreementId",
                table: "WebhookSubscriptions",
                column: "AgreementId");

            migrationBuilder.AddForeignKey(
                name: "FK_WebhookSubscriptions_Agreements_AgreementId",
                table: "WebhookSubscriptions",
                column: "AgreementId",
                principalTable: "Agreements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_WebhookSubscriptions_Agreements_AgreementId",
                table: "WebhookSubscriptions");

            migrationBuilder.DropIndex(
                name: "IX_WebhookSubscriptions_AgreementId",
                table: "WebhookSubscriptions");

            migrationBuilder.DropColumn(
                name: "AgreementId",
                table: "WebhookSubscriptions");
        }
    }
}
