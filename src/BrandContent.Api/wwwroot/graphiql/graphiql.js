// Starts GraphiQL against this server's /graphql endpoint with a first query to try.
(function () {
  const endpoint = new URL('../graphql', window.location.href).toString();
  const fetcher = GraphiQL.createFetcher({ url: endpoint });
  const defaultQuery = `# BrandContent delivery API: try market KR (Korean, then English) or a locale.
query Stories {
  stories(brand: "gia-lai", market: "KR", first: 5) {
    totalCount
    edges {
      node { title locale isFallback slug pillars { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  // Every request needs an API key: paste yours after "Bearer " in the Headers tab.
  const defaultHeaders = '{\n  "Authorization": "Bearer "\n}';
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultHeaders, isHeadersEditorEnabled: true, defaultEditorToolsVisibility: 'headers' }));
})();
