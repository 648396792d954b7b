"use strict"

const http = require("node:http")
const https = require("node:https")

/**
 * POSTs a webhook and settles with the receiver's status, or with null and the reason when it could
 * not be delivered within `timeoutMs`. Each delivery under way keeps an abort in `inFlight`, so that a
 * fake that closes ends them at once.
 * @param {string} to
 * @param {Buffer} data
 * @param {Record<string, string | number>} headers
 * @param {number} timeoutMs
 * @param {Set<(error?: string) => void>} inFlight
 * @returns {Promise<{ status: number | null, error?: string }>}
 */
function postWebhook(to, data, headers, timeoutMs, inFlight) {
  return new Promise((resolve) => {
    const client = to.startsWith("https:") ? https : http
    const req = client.request(to, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", "content-length": data.length, ...headers },
    })
    let done = false
    const finish = (result) => {
      if (done) return
      done = true
      clearTimeout(timer)
      inFlight.delete(abort)
      resolve(result)
    }
    const abort = (error = "closed") => {
      finish({ status: null, error })
      req.destroy()
    }
    const timer = setTimeout(() => abort(`no answer within ${timeoutMs} ms`), timeoutMs)
    inFlight.add(abort)
    req.on("response", (res) => {
      res.resume()
      res.on("end", () => finish({ status: res.statusCode ?? null }))
      res.on("error", (err) => finish({ status: null, error: err.message }))
    })
    req.on("error", (err) => finish({ status: null, error: err.message }))
    req.end(data)
  })
}

module.exports = { postWebhook }
