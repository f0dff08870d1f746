/** Spring Boot auto-configuration of vanban4j ({@code vanban4j.*} properties). */
package vn.vanban4j.spring;
