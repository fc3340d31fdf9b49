# The API image; docker-compose.yml pairs it with PostgreSQL.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/BrandContent.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://+:8080
EXPOSE 8080
USER app
# The runtime image has no curl or wget: the server's own probe mode asks /readyz (exit 0 ready, 1 not).
HEALTHCHECK --interval=10s --timeout=6s --start-period=60s --retries=3 \
  CMD ["dotnet", "BrandContent.Api.dll", "--probe", "http://localhost:8080/readyz"]
ENTRYPOINT ["dotnet", "BrandContent.Api.dll"]
