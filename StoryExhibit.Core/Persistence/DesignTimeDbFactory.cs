using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StoryExhibit.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<StoryExhibitDb>
{
    public StoryExhibitDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<StoryExhibitDb>().UseSqlite("Data Source=design.db").Options);
}
