using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>A list saved on a settings page is exactly the list chosen, whatever appsettings.json lists.</summary>
public sealed class ListSettingsTests
{
    public static TheoryData<string> BaseLists => new() { "empty", "all three" };

    [Theory]
    [MemberData(nameof(BaseLists))]
    public async Task Audiences_saved_are_exactly_the_ones_chosen(string baseList)
    {
        var settings = new Dictionary<string, string?>();
        if (baseList == "empty") settings["Exhibit:Content:Audiences"] = ""; // as appsettings.json's "Audiences": []
        else
        {
            settings["Exhibit:Content:Audiences:0"] = "Children";
            settings["Exhibit:Content:Audiences:1"] = "Teens";
            settings["Exhibit:Content:Audiences:2"] = "Adults";
        }
        await using var app = await SettingsHost.StartAsync(settings);
        try
        {
            var editor = ActivatorUtilities.CreateInstance<VisitorSettingsEditor>(app.Services);
            var monitor = app.Services.GetRequiredService<IOptionsMonitor<ExhibitOptions>>();
            Audience[][] choices =
            [
                [Audience.Children, Audience.Teens],   // the end removed
                [Audience.Children, Audience.Adults],  // the middle removed
                [Audience.Teens, Audience.Adults],     // the start removed
                [Audience.Adults],
                [Audience.Children, Audience.Teens, Audience.Adults],
                [Audience.Teens],
            ];
            foreach (var chosen in choices)
            {
                var form = editor.Load();
                form.Audiences = [.. chosen];
                var result = await editor.SaveAsync(form, "ada", CancellationToken.None);

                Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
                Assert.Equal(chosen, monitor.CurrentValue.Content.Audiences);
                Assert.Equal(chosen, editor.Load().Audiences.Order());
                Assert.Empty(editor.ChangesFor(editor.Load()));
            }
        }
        finally { SettingsHost.DeleteFolder(app.Folder); }
    }
}
