using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryExhibit.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LongerStoryCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Story codes grew from one word and four digits to three words and five (up to 32 characters). SQLite keeps
            // TEXT of any length, so only the model's maximum changed; old codes stay as they are and still open.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
