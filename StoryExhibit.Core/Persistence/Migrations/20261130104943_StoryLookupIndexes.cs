using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryExhibit.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StoryLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Scenes_ViaChoiceId",
                table: "Scenes",
                column: "ViaChoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Illustrations_StoryId",
                table: "Illustrations",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_StoryId_Kind",
                table: "Events",
                columns: new[] { "StoryId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scenes_ViaChoiceId",
                table: "Scenes");

            migrationBuilder.DropIndex(
                name: "IX_Illustrations_StoryId",
                table: "Illustrations");

            migrationBuilder.DropIndex(
                name: "IX_Events_StoryId_Kind",
                table: "Events");
        }
    }
}
