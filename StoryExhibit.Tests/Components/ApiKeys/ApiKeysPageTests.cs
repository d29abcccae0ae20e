using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.ApiKeys;
using StoryExhibit.Tests.Core.Jobs;
using StoryExhibit.Web.Auth;

namespace StoryExhibit.Tests.Components.ApiKeys;

/// <summary>The API keys page on a real database: a key is shown once, works, and stops working when revoked.</summary>
public sealed class ApiKeysPageTests : ComponentTestContext
{
    private JobWorld _world = null!;

    public override async Task InitializeAsync()
    {
        _world = await JobWorld.StartAsync();
        Services.AddSingleton(_world.Get<ApiKeyStore>());
        AddAuthorization().SetAuthorized("admin");
        Services.AddScoped<CurrentStaff>();
    }

    protected override async Task DisposeTestAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_issued_key_is_shown_once_finds_its_key_and_a_revoked_one_no_longer_does()
    {
        var page = Render<StoryExhibit.Web.Components.Pages.Settings.ApiKeys>();
        page.Find(".api-key-name input").Change("Museum website");
        page.Find("form").Submit();

        var secret = page.WaitForElement(".api-key-secret code").TextContent;
        var store = _world.Get<ApiKeyStore>();
        Assert.Equal("Museum website", (await store.FindActiveAsync(secret, default))!.Name);
        Assert.Contains("Museum website", page.Find(".api-key-table").TextContent);
        Assert.DoesNotContain(secret, page.Find(".api-key-table").TextContent);

        page.Find("button[aria-label='Revoke Museum website']").Click();
        page.WaitForAssertion(() => Assert.Contains("Revoked", page.Find(".api-key-table").TextContent));
        Assert.Null(await store.FindActiveAsync(secret, default));
    }
}
