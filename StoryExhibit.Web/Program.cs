using StoryExhibit.Web.Hosting;

var builder = WebApplication.CreateBuilder(ExhibitHosting.HostOptions(args));
builder.AddExhibitSettingsFile();
builder.AddStoryExhibit();

var app = builder.Build();
app.UseStoryExhibit();
app.Run();

/// <summary>Visible to the test host.</summary>
public partial class Program;
