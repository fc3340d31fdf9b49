using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Markets that existed before time zones are scheduled on Vietnam's clock (MarketTimeZone.Default), where
            // this product's editors work; an administrator sets each market's own zone with updateMarket.
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Markets",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Asia/Ho_Chi_Minh");

            migrationBuilder.CreateTable(
                name: "Channels",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Names = table.Column<Dictionary<string, string>>(type: "hstore", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Markets = table.Column<List<string>>(type: "text[]", nullable: false),
                    Rules = table.Column<string>(type: "jsonb", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Channels", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Channels_Markets",
                table: "Channels",
                column: "Markets")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Channels");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Markets");
        }
    }
}
