using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.StoryIllustrator;

namespace StoryExhibit.Tests.Core.StoryIllustrator;

/// <summary>The illustrator's parts on a temporary folder, painting with the offline illustrator through a real kernel.</summary>
public sealed class IllustratorTestHost : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "illustrator-tests-" + Guid.NewGuid().ToString("N"));
    public IllustratorOptions Options { get; }
    public IllustratorUploads Uploads { get; }
    public UrlText Urls { get; }
    public IllustratorHandler Handler { get; }
    private readonly PictureRasterizer _rasterizer;

    public IllustratorTestHost(IllustratorOptions? options = null, IIllustrator? painter = null)
    {
        Directory.CreateDirectory(Root);
        Options = options ?? new IllustratorOptions();
        var monitor = new Monitor<IllustratorOptions>(Options);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(Root, "test.db")}" })
            .Build();
        Uploads = new IllustratorUploads(new DataFolders(configuration), monitor);
        Urls = new UrlText(monitor, NullLogger<UrlText>.Instance);
        var offline = new OfflineIllustrator();
        var kernel = GeneratorKernel.Create(new InvocationLogFilter(NullLogger<InvocationLogFilter>.Instance),
            illustrator: new IllustratorPlugin(painter ?? offline, offline));
        var moderation = new Monitor<ModerationOptions>(new ModerationOptions());
        var moderator = new ContentModerator(moderation,
            new ProviderModeration(new Monitor<TextGenerationOptions>(new TextGenerationOptions()), moderation, NullLogger<ProviderModeration>.Instance));
        _rasterizer = new PictureRasterizer(new Monitor<ImagingOptions>(new ImagingOptions()), NullLogger<PictureRasterizer>.Instance);
        Handler = new IllustratorHandler(monitor, Uploads, Urls, kernel, moderator, _rasterizer, NullLogger<IllustratorHandler>.Instance);
    }

    /// <summary>A fresh job folder.</summary>
    public string NewJobFolder()
    {
        var folder = Path.Combine(Root, "jobs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        Urls.Dispose();
        _rasterizer.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private sealed class Monitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
