using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Components.Pages.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Components.Settings;

/// <summary>The providers page rendered with bUnit over the real settings services.</summary>
public sealed class ProviderSettingsPageTests : ComponentTestContext
{
    private const string StoredKey = "sk-bunit-provider-never-shown-777";
    private SettingsHost _app = null!;

    public override async Task InitializeAsync()
    {
        _app = await SettingsHost.StartAsync();
        AddAuthorization().SetAuthorized("tester").SetRoles("Admin");
        Services.AddScoped<CurrentStaff>();
        Services.AddSingleton(ActivatorUtilities.CreateInstance<ProviderSettingsEditor>(_app.Services, new ProviderProbe(NullLogger<ProviderProbe>.Instance)));
        Services.AddFallbackServiceProvider(_app.Services);
    }

    protected override async Task DisposeTestAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    [Fact]
    public async Task A_stored_key_is_never_rendered_and_bad_values_are_marked_per_field()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?>
        {
            ["Generation:Text:Provider"] = "OpenAICompatible", ["Generation:Text:OpenAICompatible:Model"] = "m1",
            ["Generation:Text:OpenAICompatible:ApiKey"] = StoredKey,
        }, new HashSet<string> { ProviderSettingsEditor.TextKeyKey }, "staff");

        var page = Render<ProviderSettings>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form.settings-form")));
        Assert.Contains("A key is stored", page.Markup);
        Assert.DoesNotContain(StoredKey, page.Markup);
        Assert.Contains("Storyteller API key", page.Find(".settings-recent").TextContent);
        Assert.Contains("(key replaced)", page.Find(".settings-recent").TextContent);

        page.Find("input[name=text-model]").Change("");
        page.Find("form.settings-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Storyteller model must name the model", page.Markup));
        Assert.Contains("Nothing was saved", page.Markup);
        Assert.DoesNotContain(StoredKey, page.Markup);
    }
}
