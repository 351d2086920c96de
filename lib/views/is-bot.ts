// Crawlers, link-preview fetchers, monitoring, HTTP libraries and headless browsers. Not exhaustive: it
// keeps the counts honest for the common cases, and a bot that lies about itself is just a visitor.
const BOT =
  /bot\b|bot\/|crawl|spider|slurp|scrape|archiver|facebookexternalhit|facebookcatalog|embedly|quora link preview|outbrain|pinterest|vkshare|w3c_validator|whatsapp|telegram|discord|skype|slack|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|headless|phantomjs|puppeteer|playwright|selenium|python|curl\/|wget|httpclient|okhttp|axios|node-fetch|undici|go-http|java\/|libwww|ruby|perl|php\//i;

/** Whether a request's User-Agent says it is not a person in a browser (no User-Agent counts as a bot). */
export function isBot(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.length < 10) return true;
  return BOT.test(userAgent);
}
