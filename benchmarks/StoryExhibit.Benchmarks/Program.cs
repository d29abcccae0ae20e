using StoryExhibit.Benchmarks;

// Benchmarks print figures; they are not tests and assert nothing.
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- story [runs=30] [warmup=10]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- narration [runs]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- canvases [canvases=8] [viewers=2] [seconds=20] [svg-800|svg-4k|jpeg-800|jpeg-4k]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- frames [runs=20]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- quality [ideas=all]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- moderation [rounds=200]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- pictures
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- music [moods=8] [cached=5]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- router [replies=30]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- songs [runs=3]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- research [rounds=20] [all: print every answer]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- illustrator [pictures=6] [Draft|Standard|High]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- exports [runs=10]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- writer [chapters=8] [runs=5]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- video [scenes=6] [runs=2]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- jobs [jobs=500]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- database [stories=3000]
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- floor [scenes=12] [warmup=6]
var which = args.FirstOrDefault() ?? "story";
switch (which)
{
    case "story":
        await StoryLatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 30, args.Length > 2 ? int.Parse(args[2]) : 10);
        break;
    case "narration":
        await NarrationLatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20);
        break;
    case "canvases":
        await CanvasBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 8, args.Length > 2 ? int.Parse(args[2]) : 2, args.Length > 3 ? int.Parse(args[3]) : 20,
            args.Length > 4 ? args[4] : null);
        break;
    case "frames":
        await FrameCostBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20);
        break;
    case "quality":
        await QualityBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : int.MaxValue);
        break;
    case "moderation":
        ModerationBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 200);
        break;
    case "pictures":
        PictureReadingBenchmark.Run();
        break;
    case "music":
        await MusicBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 8, args.Length > 2 ? int.Parse(args[2]) : 5);
        await MusicBenchmark.RunRemoteAsync(args.Length > 1 ? int.Parse(args[1]) : 8);
        break;
    case "router":
        await RouterBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 30);
        break;
    case "songs":
        await SongBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 3);
        break;
    case "writer":
        await WriterBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 8, args.Length > 2 ? int.Parse(args[2]) : 5);
        break;
    case "research":
        await ResearchBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20, args.Length > 2 && args[2] == "all");
        break;
    case "illustrator":
        await IllustratorBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 6,
            args.Length > 2 ? Enum.Parse<StoryExhibit.Core.StoryIllustrator.PictureQuality>(args[2], ignoreCase: true) : StoryExhibit.Core.StoryIllustrator.PictureQuality.Standard);
        break;
    case "exports":
        ExportBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 10);
        break;
    case "video":
        await VideoBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 6, args.Length > 2 ? int.Parse(args[2]) : 2);
        break;
    case "jobs":
        await JobQueueBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 500);
        break;
    case "floor":
        await FloorBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 12, args.Length > 2 ? int.Parse(args[2]) : 6);
        break;
    case FloorBenchmark.ServerArgument:
        await FloorBenchmark.ServeAsync(args[1]);
        break;
    case "database":
        await DatabaseDayBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 3000);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Known: story, narration, canvases, frames, quality, moderation, pictures, music, router, songs, research, illustrator, exports, writer, video, jobs, database, floor");
        return 2;
}
return 0;
