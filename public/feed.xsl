<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS 2.0 or Atom feed of postings as a readable page when a browser opens it, instead of
  raw XML. Feed readers ignore this stylesheet. Referenced by the feeds' xml-stylesheet instruction
  (app/postings/publishing.ts); styled by /feed.css, since the feeds' CSP allows no inline style.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
    <xsl:variable name="site" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>
    <html lang="zh-CN">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
        <link rel="stylesheet" href="/feed.css"/>
      </head>
      <body>
        <header class="feed-header">
          <p class="feed-kind">订阅源 · Feed</p>
          <h1><xsl:value-of select="$title"/></h1>
          <p><xsl:value-of select="/rss/channel/description | /atom:feed/atom:subtitle"/></p>
          <p class="feed-how">
            这是一个订阅源：把本页地址复制到 RSS 阅读器中，即可在有新岗位时收到更新。
            <span lang="en">This is a feed: paste this page's address into a feed reader to follow new postings.</span>
          </p>
          <p><a href="{$site}">在网站上查看这些岗位 <span lang="en">· View these postings on the site</span></a></p>
        </header>
        <main>
          <xsl:choose>
            <xsl:when test="/rss/channel/item | /atom:feed/atom:entry">
              <ol class="feed-items">
                <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p class="feed-empty">暂时没有符合条件的岗位。<span lang="en">No postings match yet.</span></p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li class="feed-item">
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <p class="feed-meta">
        <xsl:value-of select="dc:creator"/>
        <xsl:text> · </xsl:text>
        <!-- RFC 822 "Sat, 05 Dec 2026 06:30:00 +0000": the date part, in the site's English order. -->
        <time><xsl:value-of select="substring(pubDate, 6, 11)"/></time>
      </p>
      <p class="feed-summary"><xsl:value-of select="description"/></p>
    </li>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li class="feed-item">
      <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <p class="feed-meta">
        <xsl:value-of select="atom:author/atom:name"/>
        <xsl:text> · </xsl:text>
        <time datetime="{atom:published}"><xsl:value-of select="substring(atom:published, 1, 10)"/></time>
      </p>
      <p class="feed-summary"><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>
</xsl:stylesheet>
