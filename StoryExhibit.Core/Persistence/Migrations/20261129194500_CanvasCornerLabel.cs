using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryExhibit.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CanvasCornerLabel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Canvases made before the switch keep their corner label.
            migrationBuilder.AddColumn<bool>(
                name: "ShowCornerLabel",
                table: "Canvases",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShowCornerLabel",
                table: "Canvases");
        }
    }
}
