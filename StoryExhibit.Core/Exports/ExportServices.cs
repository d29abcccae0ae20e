using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Core.Exports;

public static class ExportServices
{
    /// <summary>The exporters (PDF, EPUB, web page) and their job kinds.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddSingleton<StoryBookReader>();
        services.AddSingleton<PdfExporter>();
        services.AddSingleton<EpubExporter>();
        services.AddSingleton<HtmlExporter>();
        services.AddSingleton<StoryExports>();
        services.AddJobKind<PdfExportInput, PdfExportHandler>(JobKinds.Pdf, maxConcurrency: 2);
        services.AddJobKind<EpubExportInput, EpubExportHandler>(JobKinds.Epub, maxConcurrency: 2);
        services.AddJobKind<HtmlExportInput, HtmlExportHandler>(JobKinds.Html, maxConcurrency: 2);
        return services;
    }
}
